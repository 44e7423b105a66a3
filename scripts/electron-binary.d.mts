/** The Electron executable the `electron` package would start, or undefined when it is not installed. */
export function electronExecutable(): string | undefined;
