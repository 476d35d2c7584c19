import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";

import { ApolloProvider } from "@apollo/client/react";
import { createTheme, MantineProvider, type CSSVariablesResolver } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";

import { apolloClient } from "./lib/apollo";
import { router } from "./router";

// WCAG 2.1 AA: filled buttons and badges use each colour's 9th shade (white text on teal.9 is
// 5.0:1; the default 6th shade was 2.55:1), and dimmed text is gray.7 (gray.6 is 3.3:1 on white).
const theme = createTheme({
  primaryColor: "teal",
  primaryShade: { light: 9, dark: 8 },
  // Dialogs and menus appear without animation for people who ask their system for less motion.
  respectReducedMotion: true,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  defaultRadius: "md",
  // The active menu link filled (white on teal.9, 5.0:1); the light variant's tint was 4.4:1.
  // Dialogs' close buttons are named for screen readers.
  components: {
    NavLink: { defaultProps: { variant: "filled" } },
    Drawer: { defaultProps: { closeButtonProps: { "aria-label": "Close" } } },
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close" } } },
  },
});
// Light variants (tinted badges, alerts, buttons) write their text a fifth darker than the 9th
// shade, and filled ones sit on a shade a tenth darker: teal.9 on its own tint was 4.4:1, white
// on orange.9 4.3:1; darkened, every colour passes 4.5:1.
const readableDimmed: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": t.colors.gray[7],
    "--mantine-color-placeholder": t.colors.gray[7],
    "--mantine-color-anchor": "color-mix(in srgb, var(--mantine-color-teal-9) 80%, black)",
    ...Object.fromEntries(
      Object.keys(t.colors).flatMap((name) => [
        [
          `--mantine-color-${name}-light-color`,
          `color-mix(in srgb, var(--mantine-color-${name}-9) 80%, black)`,
        ],
        [
          `--mantine-color-${name}-filled`,
          `color-mix(in srgb, var(--mantine-color-${name}-9) 90%, black)`,
        ],
      ]),
    ),
  },
  dark: {},
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={readableDimmed}>
      <Notifications position="top-right" />
      <ApolloProvider client={apolloClient}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);
