import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Group, Loader, Table, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import {
  AccountCodesDocument,
  SetAwardCodesDocument,
  SetOfficeFacilityDocument,
  type AccountCodesQuery,
} from "../../graphql/generated";
import { PROGRAM_SHORT_NAMES } from "../../lib/money";
import { useCan } from "../auth/session";

type Award = AccountCodesQuery["awards"][number];
type Errors = Record<string, string>;

const errorsOf = (userErrors: { field: string[]; message: string }[]): Errors =>
  Object.fromEntries(userErrors.map((e) => [e.field[e.field.length - 1] ?? "", e.message]));

/**
 * The account string's segments that are the district's own: each award's fund and program code,
 * and the district office's facility. Until they are entered, lines' account strings name them.
 */
export function AccountCodes({ fiscalYear }: { fiscalYear: number }) {
  const { data, loading } = useQuery(AccountCodesDocument, { variables: { fiscalYear } });
  const canEdit = useCan("updateAward");
  if (loading && !data) return <Loader size="sm" aria-label="Loading the account codes" />;
  if (!data) return null;
  return (
    <>
      <Text size="sm">
        An account string joins fund, year, function, object, program and facility. Function and
        object come from each line; enter the fund and program code each grant is booked to and the
        district office&apos;s facility (a school&apos;s is its state code).
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder aria-label="Account codes per program" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Program</Table.Th>
              <Table.Th>Fund</Table.Th>
              <Table.Th>Program code</Table.Th>
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.awards.map((a) => (
              <AwardCodes key={a.id} award={a} canEdit={canEdit} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <OfficeFacility code={data.district.officeFacilityCode ?? ""} canEdit={canEdit} />
    </>
  );
}

function AwardCodes({ award, canEdit }: { award: Award; canEdit: boolean }) {
  const [fund, setFund] = useState(award.fundCode ?? "");
  const [program, setProgram] = useState(award.programCode ?? "");
  const [errors, setErrors] = useState<Errors>({});
  const [save, saving] = useMutation(SetAwardCodesDocument);
  const name = PROGRAM_SHORT_NAMES[award.fundingSource.code] ?? award.fundingSource.name;
  if (!canEdit)
    return (
      <Table.Tr>
        <Table.Td>{name}</Table.Td>
        <Table.Td>{award.fundCode ?? "Not entered"}</Table.Td>
        <Table.Td>{award.programCode ?? "Not entered"}</Table.Td>
      </Table.Tr>
    );
  const submit = async () => {
    const { data } = await save({
      variables: {
        input: {
          id: award.id,
          expectedVersion: award.version,
          fundCode: fund.trim(),
          programCode: program.trim(),
        },
      },
    });
    const userErrors = data?.updateAward.userErrors ?? [];
    setErrors(errorsOf(userErrors));
    if (!userErrors.length)
      notifications.show({ color: "teal", title: "Codes saved", message: `${name}.` });
  };
  return (
    <Table.Tr>
      <Table.Td>{name}</Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={`${name} fund code`}
          value={fund}
          onChange={(e) => setFund(e.currentTarget.value)}
          error={errors.fundCode}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={`${name} program code`}
          value={program}
          onChange={(e) => setProgram(e.currentTarget.value)}
          error={errors.programCode}
        />
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="light" loading={saving.loading} onClick={() => void submit()}>
          Save {name}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function OfficeFacility({ code, canEdit }: { code: string; canEdit: boolean }) {
  const [value, setValue] = useState(code);
  const [error, setError] = useState<string | undefined>();
  const [save, saving] = useMutation(SetOfficeFacilityDocument);
  if (!canEdit) return <Text size="sm">District office facility: {code || "not entered"}</Text>;
  const submit = async () => {
    const { data } = await save({ variables: { input: { code: value.trim() } } });
    const userErrors = data?.setOfficeFacilityCode.userErrors ?? [];
    setError(userErrors[0]?.message);
    if (!userErrors.length)
      notifications.show({ color: "teal", title: "Facility saved", message: value.trim() });
  };
  return (
    <Group align="flex-end" gap="xs">
      <TextInput
        size="xs"
        label="District office facility code"
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        error={error}
      />
      <Button size="xs" variant="light" loading={saving.loading} onClick={() => void submit()}>
        Save facility
      </Button>
    </Group>
  );
}
