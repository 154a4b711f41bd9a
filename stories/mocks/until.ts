/** Waits until `check` returns something truthy (the element updates asynchronously). */
export async function until<T>(check: () => T | null | undefined, timeout = 8000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('story: state not reached');
    await new Promise((r) => setTimeout(r, 50));
  }
}
