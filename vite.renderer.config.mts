import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The screens. A relative base lets Electron load them from file:// later; the hash
// router keeps every route on index.html so relative asset paths never break.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Loaded from disk on a desktop, not over a network: one bundle is fine.
    chunkSizeWarningLimit: 2000,
  },
});
