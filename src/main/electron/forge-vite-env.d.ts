// Defined by @electron-forge/plugin-vite when it bundles the main process: the renderer's
// dev-server URL under `electron-forge start` (undefined in a packaged build), and the
// renderer's name, which is its folder under .vite/renderer.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
