/** A config key: the server name reduced to letters, digits, - and _. */
export function serverKey(name: string): string {
  const key = name.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return key || 'server';
}
