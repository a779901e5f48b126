/** The package version, written into each bundle at build time. */
declare const __APP_VERSION__: string;
