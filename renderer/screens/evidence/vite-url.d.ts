// Vite's "?url" import gives the bundled file's address as a string.
declare module '*?url' {
  const url: string;
  export default url;
}
