/** A page of a cursor-paged list, as every paged list response of the contract has it. */
export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

/** Yields every item of every page, asking for the next page only when the caller gets there. */
export async function* paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
