import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// The headless hub: src/main without Electron, bundled for Node. Native and heavy
// dependencies stay in node_modules; small pure ones are bundled.
const external = [
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(pkg.dependencies).filter((name) => name !== 'uuid'),
];

export default defineConfig({
  build: {
    outDir: 'dist/hub',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: { hub: 'src/main/hub/cli.ts' },
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'cjs', entryFileNames: '[name].js' },
    },
  },
});
