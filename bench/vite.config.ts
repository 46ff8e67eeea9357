// Builds the editor bench pages (bench/canvas.html, bench/bare.html) into .bench/editor-dist,
// apart from the app's own build. Used by scripts/bench-editor.ts (npm run bench:editor).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: here('../.bench/editor-dist'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { input: { canvas: here('canvas.html'), bare: here('bare.html'), charts: here('charts.html') } },
  },
});
