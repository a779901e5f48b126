/** An image ready to place: upright JPEG bytes already downsampled for its printed size. */
export interface PreparedImage {
  jpeg: Uint8Array;
  widthPx: number;
  heightPx: number;
}
