/**
 * The few web-standard globals the pure core uses, which browsers and Node (≥ 19) both
 * provide. Declared here, narrowly, instead of pulling in the DOM library or Node's types:
 * `app/` compiles against exactly these and nothing else of either platform.
 */

/** Encodes strings as UTF-8 (WHATWG Encoding). */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** Decodes bytes in a named encoding (WHATWG Encoding). */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

/** A parsed URL (WHATWG URL); only the fields the core reads. */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
}

/** Tells an operation it should stop (WHATWG DOM); only what the core reads. */
interface AbortSignal {
  readonly aborted: boolean;
  /** Throws the signal's reason when it has been aborted. */
  throwIfAborted(): void;
}

/** Web Crypto, as far as the core uses it. */
declare const crypto: {
  readonly subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
  randomUUID(): string;
};
