import path from 'node:path';
import { defineConfig } from 'vite';

// Libraries in chunks of their own: they change less often than the console, so browsers keep
// them cached across deployments, and no single chunk passes Vite's 500 kB warning.
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs)[\\/]/ },
  { name: 'ra-core', test: /node_modules[\\/](ra-core|@tanstack|react-hook-form)[\\/]/ },
  { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[a-z0-9-]+)[\\/]/ },
  { name: 'libs', test: /node_modules[\\/]/ },
];

// The console is served by the GraphQL server at /admin (server/src/app.ts, serveAdmin).
// No React plugin: Vite 8 compiles TSX itself with Oxc; the automatic runtime imports
// react/jsx-runtime, matching `"jsx": "react-jsx"` in the root tsconfig.
export default defineConfig({
  root: __dirname,
  base: '/admin/',
  publicDir: false,
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
  build: {
    outDir: path.resolve(__dirname, 'dist'),
    emptyOutDir: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorChunks } },
      onwarn(warning, warn) {
        // MUI marks its modules 'use client' for React Server Components; a client-only bundle
        // has nothing to preserve (@vitejs/plugin-react silences the same warning).
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    // `vite --config admin/vite.config.ts` during development: the API runs on its usual port.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
