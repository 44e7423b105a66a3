/**
 * The analyst's name until they give one, in the desktop app: the operating system account's
 * name, so a first start can tag at once and still sign annotations as someone.
 */

/** The longest name the app stores (the name dialog's limit). */
const MAX_NAME = 120;

/**
 * The account name from `readUserInfo` (Node's `os.userInfo`), trimmed and cut to the app's
 * limit; undefined when it is empty or cannot be read (some containers have no passwd entry).
 */
export function accountName(readUserInfo: () => { readonly username: string }): string | undefined {
  try {
    const name = readUserInfo().username.trim().slice(0, MAX_NAME);
    return name || undefined;
  } catch {
    return undefined;
  }
}
