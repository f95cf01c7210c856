import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Packages the Vite-built app (.vite/) with the runtime node_modules the main bundle
 * leaves external (vite.main.config.mts). Forge's Vite plugin would otherwise ship
 * .vite only; packager prunes devDependencies from what this lets through.
 */
function ignore(file: string): boolean {
  if (!file) return false;
  return !(file === '/package.json' || file.startsWith('/.vite') || file.startsWith('/node_modules'));
}

const config: ForgeConfig = {
  packagerConfig: {
    name: 'ClinicDesk',
    executableName: 'clinicdesk',
    // Native modules cannot be loaded from inside an asar archive.
    asar: { unpack: '**/*.node' },
    ignore,
    // The PDF fonts and their licences, and the bundled reference data (ICD-10-CM, drug interactions)
    // with their SOURCE notes, as <resources>/fonts and <resources>/data beside app.asar (src/main/assets/app-assets.ts).
    extraResource: ['assets/fonts', 'assets/data'],
  },
  rebuildConfig: {
    // The N-API modules (@napi-rs/keyring, @node-rs/argon2) load in any Electron as they are;
    // better-sqlite3 is built against V8 itself and must be rebuilt for Electron's.
    onlyModules: ['better-sqlite3-multiple-ciphers'],
  },
  makers: [new MakerSquirrel({ name: 'ClinicDesk' }), new MakerZIP({}, ['darwin']), new MakerDeb({ options: { name: 'clinicdesk', productName: 'ClinicDesk' } })],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'src/main/electron/main.ts', config: 'vite.main.config.mts', target: 'main' },
        { entry: 'src/preload/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.mts' }],
    }),
    // Turned off at package time: running the app as plain Node, NODE_OPTIONS, --inspect,
    // and loading code from outside the integrity-checked app.asar.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
