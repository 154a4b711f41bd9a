// Where things are: the repository root, the bench's build folder, the kit's dist folders.
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const at = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
/** Everything the bench builds or writes besides results.json (gitignored). */
export const buildDir = at('bench/.build');
