/**
 * Finds one of the page's fixed elements (index.html) by id. The page cannot work without any of
 * them, so a missing one stops the script with its id rather than failing later on `null`.
 */

/**
 * The element with `id`, typed as the caller expects it.
 * @example const grid = element<HTMLDivElement>('grid');
 */
export const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page is missing #${id}.`);
  return found as T;
};
