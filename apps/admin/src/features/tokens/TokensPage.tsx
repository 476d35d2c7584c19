import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Loader,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";

import { ApiTokensDocument, TokenSchoolsDocument } from "../../graphql/generated";
import { usePageTitle } from "../../lib/year";
import { ROLE_NAMES, useCan } from "../auth/session";
import { useTokenActions } from "./useTokenActions";

const day = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric" })
    : "never";

/** API tokens, for administrators only: anyone else typing the address is told so, and offered nothing. */
export function TokensPage() {
  usePageTitle("API tokens");
  if (!useCan("createApiToken")) {
    return (
      <Alert title="API tokens" maw={700}>
        Only the district's administrators create and revoke API tokens. Ask one if another system
        needs access to Allot.
      </Alert>
    );
  }
  return <TokenManager />;
}

/** API tokens for the district's other systems: create (the secret is shown once), list, revoke. */
function TokenManager() {
  const { data, loading, error } = useQuery(ApiTokensDocument);
  const { form, submit, creating, revokeToken, secret, setSecret } = useTokenActions();
  // A school leader token names its school: search the district's schools by name.
  const [schoolSearch, setSchoolSearch] = useState("");
  const leader = form.values.role === "SCHOOL_LEADER";
  const schools = useQuery(TokenSchoolsDocument, {
    variables: { nameContains: schoolSearch.trim() || null },
    skip: !leader,
  });
  const schoolOptions =
    (schools.data ?? schools.previousData)?.schools.nodes.map((s) => ({
      value: s.id,
      label: s.name,
    })) ?? [];

  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={2}>API tokens</Title>
        <Text size="sm" c="dimmed">
          Credentials for the district's other systems, sent as{" "}
          <Code>Authorization: Bearer &lt;token&gt;</Code>. A token acts with its role; a read-only
          token changes nothing.
        </Text>
      </div>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-label="New API token">
          <Group align="flex-start" gap="sm">
            <TextInput
              label="Name"
              placeholder="ERP nightly sync"
              w={240}
              {...form.getInputProps("name")}
            />
            <Select
              label="Role"
              w={220}
              allowDeselect={false}
              data={Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }))}
              {...form.getInputProps("role")}
            />
            {leader && (
              <Select
                label="School"
                w={260}
                searchable
                placeholder="Type a school's name"
                data={schoolOptions}
                searchValue={schoolSearch}
                onSearchChange={setSchoolSearch}
                nothingFoundMessage={schools.loading ? "Searching..." : "No school by that name"}
                {...form.getInputProps("schoolId")}
              />
            )}
            <Select
              label="Scope"
              w={150}
              allowDeselect={false}
              data={[
                { value: "READ", label: "Read only" },
                { value: "READ_WRITE", label: "Read and write" },
              ]}
              {...form.getInputProps("scope")}
            />
            <NumberInput
              label="Expires in (days)"
              w={140}
              min={1}
              max={365}
              {...form.getInputProps("expiresInDays")}
            />
            <Button type="submit" mt={25} loading={creating}>
              Create token
            </Button>
          </Group>
        </form>
      </Paper>
      {loading && !data ? (
        <Loader aria-label="Loading tokens" />
      ) : error ? (
        <Alert color="red" title="Could not load the tokens">
          {error.message}
        </Alert>
      ) : !data?.apiTokens.length ? (
        <Alert title="No tokens yet">
          Create one above for each system that reads or writes Allot.
        </Alert>
      ) : (
        <Table striped highlightOnHover stickyHeader aria-label="API tokens">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Starts with</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Scope</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>Created by</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.apiTokens.map((t) => {
              const expired = new Date(t.expiresAt) < new Date();
              return (
                <Table.Tr key={t.id} data-testid={`token-${t.name}`}>
                  <Table.Td>{t.name}</Table.Td>
                  <Table.Td>
                    <Code>{t.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{ROLE_NAMES[t.role] ?? t.role}</Table.Td>
                  <Table.Td>{t.scope === "READ" ? "Read only" : "Read and write"}</Table.Td>
                  <Table.Td>{day(t.expiresAt)}</Table.Td>
                  <Table.Td>{day(t.lastUsedAt)}</Table.Td>
                  <Table.Td>{t.createdBy}</Table.Td>
                  <Table.Td>
                    {t.revokedAt ? (
                      <Badge color="gray">Revoked</Badge>
                    ) : expired ? (
                      <Badge color="orange">Expired</Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => void revokeToken(t.id, t.name)}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title={`Token "${secret?.name ?? ""}"`}
        size="lg"
      >
        <Stack>
          <Alert color="yellow" title="Copy it now">
            It is shown only this once; Allot keeps only a hash of it.
          </Alert>
          <Code block data-testid="new-token">
            {secret?.token}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={secret?.token ?? ""}>
              {({ copied, copy }) => <Button onClick={copy}>{copied ? "Copied" : "Copy"}</Button>}
            </CopyButton>
            <Button variant="default" onClick={() => setSecret(null)}>
              Done
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
