import { defineConfig } from 'vite';

// Forge's Vite plugin supplies the preload build (one CommonJS file, electron external);
// a sandboxed preload can require nothing else, so everything it imports is bundled in.
export default defineConfig({
  build: { sourcemap: true },
});
