import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // In development the API runs separately on :4000.
    proxy: { "/graphql": "http://localhost:4000" },
  },
  build: {
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: a separate, long-cached chunk.
        manualChunks: (id) => (id.includes("node_modules") ? "vendor" : undefined),
      },
    },
  },
});
