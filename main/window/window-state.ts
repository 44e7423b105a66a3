/**
 * The main window's size and position, remembered between runs in userData/window-state.json.
 * What is read back is validated (a hand-edited or damaged file gives the default size) and
 * moved onto a display that is still connected, so the window never opens off-screen.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** Where the window was and whether it was maximised. */
export const windowStateSchema = z
  .object({
    x: z.number().int().min(-100_000).max(100_000),
    y: z.number().int().min(-100_000).max(100_000),
    width: z.number().int().min(1).max(100_000),
    height: z.number().int().min(1).max(100_000),
    maximized: z.boolean(),
  })
  .strict();

/** Where the window was and whether it was maximised. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** A rectangle in screen coordinates (a display's work area). */
export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The smallest window the app lays out well (main/index.ts's minWidth and minHeight). */
export const MIN_WINDOW = { width: 720, height: 480 } as const;

/** The saved state in `text`, or `undefined` when it is missing, not JSON or not the right shape. */
export function parseWindowState(text: string | undefined): WindowState | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The area two rectangles share, 0 when they do not meet. */
function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * `state` fitted to the displays: on the display it overlaps most (the first when it overlaps
 * none, e.g. a monitor since unplugged), no larger than that display's work area, and moved so
 * it lies wholly inside it.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const [first] = workAreas;
  if (first === undefined) return state;
  const area = workAreas.reduce((best, candidate) => (overlap(state, candidate) > overlap(state, best) ? candidate : best), first);
  const width = Math.max(Math.min(state.width, area.width), Math.min(MIN_WINDOW.width, area.width));
  const height = Math.max(Math.min(state.height, area.height), Math.min(MIN_WINDOW.height, area.height));
  const x = Math.min(Math.max(state.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(state.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized: state.maximized };
}

/** Reads the state file; `undefined` when it does not exist or cannot be read. */
export async function loadWindowState(path: string): Promise<WindowState | undefined> {
  try {
    return parseWindowState(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The state file's text for `state`. */
export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(windowStateSchema.parse(state))}\n`;
}
