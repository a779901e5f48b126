import { cpdCategorySchemes } from '../cpd/categories';

/** What a record with no category is called, wherever categories are listed. */
export const NO_CATEGORY_LABEL = 'No category';

/**
 * A category id as its scheme labels it ("work-based" → "Work-based learning"). An id no scheme
 * knows (from an import, say) is shown as words, never as a raw id; none is "No category".
 */
export function categoryLabel(id: string | undefined): string {
  if (!id) return NO_CATEGORY_LABEL;
  for (const scheme of cpdCategorySchemes) {
    const found = scheme.categories.find((c) => c.id === id);
    if (found) return found.label;
  }
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase('en-GB') + words.slice(1);
}
