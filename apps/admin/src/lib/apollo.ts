import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: "/graphql" }),
  cache: new InMemoryCache({
    typePolicies: {
      // Lists that are computed per year are replaced whole, never merged.
      Query: { fields: { fundingByActionStep: { merge: false } } },
    },
  }),
});
