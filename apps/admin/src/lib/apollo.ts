import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { ErrorLink } from "@apollo/client/link/error";
import { notifications } from "@mantine/notifications";
import { OperationTypeNode } from "graphql";

/**
 * A change the server could not make for a reason other than a refusal (those come back as
 * userErrors, which each screen shows by its field): say so instead of doing nothing. Reads show
 * their own error where their data would be.
 */
const failedChanges = new ErrorLink(({ error, operation }) => {
  if (operation.operationType !== OperationTypeNode.MUTATION) return;
  notifications.show({
    color: "red",
    title: "The change was not saved",
    message: CombinedGraphQLErrors.is(error)
      ? error.errors.map((e) => e.message).join("; ")
      : "The server could not be reached. Try again.",
  });
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([failedChanges, new HttpLink({ uri: "/graphql" })]),
  cache: new InMemoryCache({
    typePolicies: {
      // Lists that are computed per year are replaced whole, never merged.
      Query: { fields: { fundingByActionStep: { merge: false } } },
    },
  }),
});
