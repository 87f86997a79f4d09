import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web interface: `index.html` at the root, sources in `src/web`, built into `dist/web`,
 * which the server serves. In development Vite proxies the API to the server on port 3000.
 */
/** The API server `npm run dev` starts. */
const API_ORIGIN = 'http://localhost:3000';

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
      '/api': {
        target: API_ORIGIN,
        changeOrigin: true,
        // The server (and better-auth) accept state-changing requests from their own origin only;
        // in development the page's origin is Vite's, so the proxy presents the server's.
        configure: (proxy) => proxy.on('proxyReq', (request) => request.hasHeader('origin') && request.setHeader('origin', API_ORIGIN)),
      },
      '/healthz': { target: API_ORIGIN, changeOrigin: true },
    },
  },
});
