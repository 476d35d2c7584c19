import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // In development the API runs separately on :4000.
    proxy: { "/graphql": "http://localhost:4000" },
  },
  build: {
    sourcemap: true,
    // exceljs (~260 kB gzipped) is loaded only when someone exports to XLSX.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        // The libraries every page needs change less often than the app: one long-cached chunk.
        // The rest (charts, tables, spreadsheet export) load with the screens that use them.
        manualChunks: (id) =>
          /node_modules\/(\.pnpm\/)?(react|react-dom|scheduler|react-router|@mantine\+core|@mantine\+hooks|@mantine\/core|@mantine\/hooks|@apollo|graphql|rxjs|tslib|@wry|optimism|zen-observable)/.test(
            id,
          )
            ? "vendor"
            : undefined,
      },
    },
  },
});
