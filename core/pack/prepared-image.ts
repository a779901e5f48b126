/** An image ready to place: upright JPEG bytes already downsampled for its printed size. */
export interface PreparedImage {
  jpeg: Uint8Array;
  widthPx: number;
  heightPx: number;
}

/** The kinds of file the pack prints as an image (prepared for print first); other kinds are listed by name. */
export const isPrintedAsImage = (type: string) => /^image\/(jpeg|png|webp|tiff|gif|heif|heic|avif|bmp)$/.test(type);
