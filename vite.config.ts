import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web interface: `index.html` at the root, sources in `src/web`, built into `dist/web`,
 * which the server serves. In development Vite proxies the API to the server on port 3000.
 */
export default defineConfig({
  plugins: [react()],
  publicDir: 'src/web/public',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // The budget is 300 KB of compressed JavaScript on first load (spec 90); routes are split.
    chunkSizeWarningLimit: 600,
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
      '/healthz': { target: 'http://localhost:3000' },
    },
  },
});
