import { pathTo } from '#routes';
/**
 * Where to go after signing in (`terug`). Only a path on this site under
 * /portaal is accepted, so a crafted sign-in link can never send a user on to
 * another site (no open redirect): no scheme, no host, no "//", no backslash,
 * no dot segments, no control characters.
 */

const MAX_LENGTH = 512;

export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return undefined;
  const portal = pathTo('myTasks');
  if (value !== portal && !value.startsWith(`${portal}/`) && !value.startsWith(`${portal}?`)) return undefined;
  // Control characters are exactly what this refuses.
  // eslint-disable-next-line no-control-regex
  if (/[\\\s\u0000-\u001f\u007f#]/.test(value) || value.includes('//')) return undefined;
  const base = 'https://portaal.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  // URL parsing would have removed "." and ".." segments: refuse rather than resolve them.
  if (url.origin !== base || url.pathname !== value.split('?')[0]) return undefined;
  // Back to the sign-in or sign-out page would only go round in a circle.
  if (url.pathname === pathTo('signInPage') || url.pathname === pathTo('signOut')) return undefined;
  return value;
}

/** The sign-in page that returns to `path` afterwards. */
export function signInLocation(path: string | undefined): string {
  const back = safeReturnPath(path);
  return pathTo('signInPage', {}, { terug: back });
}
