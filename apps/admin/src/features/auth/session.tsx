import { useQuery } from "@apollo/client/react";
import { Center, Loader } from "@mantine/core";
import { createContext, useContext, type ReactNode } from "react";
import { Navigate, useLocation } from "react-router";

import { MeDocument, type MeQuery } from "../../graphql/generated";

export type Viewer = NonNullable<MeQuery["me"]>;

const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in person. Only inside <RequireSignIn>. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer outside RequireSignIn");
  return viewer;
}

/** Whether the signed-in person may call a mutation: what a role cannot do is not offered. */
export function useCan(mutation: string): boolean {
  return useViewer().allowedMutations.includes(mutation);
}

/** Pages behind sign-in: a signed-out visitor goes to /sign-in and comes back afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, loading } = useQuery(MeDocument);
  if (loading && !data) {
    return (
      <Center h="100vh">
        <Loader aria-label="Checking your session" />
      </Center>
    );
  }
  if (!data?.me)
    return (
      <Navigate
        to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  return <ViewerContext.Provider value={data.me}>{children}</ViewerContext.Provider>;
}

export const ROLE_NAMES: Record<string, string> = {
  ADMINISTRATOR: "Administrator",
  FINANCE_ANALYST: "Finance analyst",
  FEDERAL_PROGRAMS_DIRECTOR: "Federal programs director",
  SCHOOL_LEADER: "School leader",
  VIEWER: "Viewer",
};
