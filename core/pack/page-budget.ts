/** Pages an assessor can be expected to read; one item or a whole pack past it is worth a second look. */
export const DEFAULT_PAGE_BUDGET = 300;
