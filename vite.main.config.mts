import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Forge's Vite plugin merges this with its main-process defaults (CommonJS library build,
// electron and Node built-ins external). Runtime dependencies stay in node_modules, as in
// the headless hub's build: the native ones (better-sqlite3-multiple-ciphers,
// @napi-rs/keyring, @node-rs/argon2) must, and TypeORM loads drivers by dynamic require.
// Forge concatenates `external` arrays, so this is a list, not a function.
const external = Object.keys(pkg.dependencies)
  // uuid is ESM-only and small: bundled, as in the hub's build.
  .filter((name) => name !== 'uuid')
  .flatMap((name) => [name, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`)]);

export default defineConfig({
  build: {
    sourcemap: true,
    rollupOptions: { external },
  },
});
