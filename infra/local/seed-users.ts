import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  ListGroupsCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { generateSync } from 'otplib';
import { loadRegionConfigFile } from '#adapters/region-config-file';
import { groupName, PORTAL_ROLES } from '#adapters/portal-groups';
import type { PortalRole } from '#adapters/portal-user';

/**
 * Local portal users in cognito-local, set up like the AWS user pool: MFA on
 * (software token only), an app client without secret for USER_PASSWORD_AUTH,
 * the groups contact:<partyId> and fg:<partyId>, and for every party in
 * config/regions.json one contact and one FG account with a verified TOTP
 * authenticator, so that signing in always asks for a code.
 *
 * What was made (pool, client, each user's TOTP secret) is written to a JSON
 * file; the next start reuses it while cognito-local still has the pool, and
 * only adds users for parties that are new in the configuration.
 */

/** The one password of every local account. Local only: the AWS pool has no seeded users. */
export const LOCAL_PASSWORD = 'Portaal-lokaal-2026!';

export interface SeededUser {
  email: string;
  /** The party of a contact or FG; a beheerder has none. */
  partyId?: string;
  regionId: string;
  role: PortalRole | 'beheer';
  /** The user pool's subject id: the key of the person record (core/people.ts). */
  personId: string;
  /** Base32 TOTP secret, as an authenticator app takes it. */
  totpSecret: string;
}

export interface PortalUsersFile {
  userPoolId: string;
  clientId: string;
  password: string;
  users: SeededUser[];
}

/** `<partyId>.contact@…`, `<partyId>.fg@…`, and for a region's beheerder `<regionId>.beheer@…`. */
export function portalUserEmail(id: string, role: PortalRole | 'beheer'): string {
  return `${id}.${role}@portaal.example`;
}

export function readPortalUsersFile(file: string): PortalUsersFile | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PortalUsersFile;
  } catch {
    return undefined;
  }
}

export function cognitoAdminClient(endpoint: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

const errorName = (error: unknown) => (error as { name?: string })?.name;

async function poolStillThere(cognito: CognitoIdentityProviderClient, seeded: PortalUsersFile): Promise<boolean> {
  try {
    await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: seeded.userPoolId, ClientId: seeded.clientId }));
    return true;
  } catch (error) {
    if (errorName(error) === 'ResourceNotFoundException') return false;
    throw error;
  }
}

/** A pool configured like the CDK one (see infra/aws/stack.ts). */
async function createPool(cognito: CognitoIdentityProviderClient): Promise<{ userPoolId: string; clientId: string }> {
  const pool = await cognito.send(
    new CreateUserPoolCommand({
      PoolName: 'avg-verzoeken-portaal',
      UsernameAttributes: ['email'],
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true } },
    }),
  );
  const userPoolId = pool.UserPool!.Id!;
  await cognito.send(new SetUserPoolMfaConfigCommand({ UserPoolId: userPoolId, MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } }));
  const client = await cognito.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: 'portaal',
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
      IdTokenValidity: 60,
      TokenValidityUnits: { IdToken: 'minutes' },
    }),
  );
  return { userPoolId, clientId: client.UserPoolClient!.ClientId! };
}

/**
 * The groups the pool has. (CreateGroup in cognito-local replaces an existing
 * group together with its members, and its GetGroup fails on a missing group,
 * so the seed lists once and creates only what is missing.)
 */
async function existingGroups(cognito: CognitoIdentityProviderClient, userPoolId: string): Promise<Set<string>> {
  const names = new Set<string>();
  let NextToken: string | undefined;
  do {
    const page = await cognito.send(new ListGroupsCommand({ UserPoolId: userPoolId, NextToken }));
    for (const group of page.Groups ?? []) if (group.GroupName) names.add(group.GroupName);
    NextToken = page.NextToken;
  } while (NextToken);
  return names;
}

/** A confirmed user with the local password, in its group, with a verified authenticator; returns the TOTP secret and the subject id. */
export async function createPortalUser(
  cognito: CognitoIdentityProviderClient,
  pool: { userPoolId: string; clientId: string },
  user: { email: string; group?: string },
): Promise<{ totpSecret: string; personId: string }> {
  const create = () =>
    cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: pool.userPoolId,
        Username: user.email,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: user.email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  try {
    await create();
  } catch (error) {
    // Left over from an interrupted seed: start that user again.
    if (errorName(error) !== 'UsernameExistsException') throw error;
    await cognito.send(new AdminDeleteUserCommand({ UserPoolId: pool.userPoolId, Username: user.email }));
    await create();
  }
  await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: pool.userPoolId, Username: user.email, Password: LOCAL_PASSWORD, Permanent: true }));
  if (user.group) await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: pool.userPoolId, Username: user.email, GroupName: user.group }));
  // cognito-local's AdminInitiateAuth skips MFA (AWS would ask for MFA_SETUP); here it
  // only gives the access token that linking an authenticator needs.
  const auth = await cognito.send(
    new AdminInitiateAuthCommand({
      UserPoolId: pool.userPoolId,
      ClientId: pool.clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: user.email, PASSWORD: LOCAL_PASSWORD },
    }),
  );
  const accessToken = auth.AuthenticationResult!.AccessToken!;
  const { SecretCode: secret } = await cognito.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
  await cognito.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: generateSync({ secret: secret! }), FriendlyDeviceName: 'lokaal' }));
  await cognito.send(new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
  const found = await cognito.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: user.email }));
  const personId = found.UserAttributes?.find((attribute) => attribute.Name === 'sub')?.Value;
  if (!personId) throw new Error(`cognito-local gave ${user.email} no subject id`);
  return { totpSecret: secret!, personId };
}

export async function seedPortalUsers(options: { endpoint: string; usersFile: string; regionsFile: string }): Promise<PortalUsersFile> {
  const config = await loadRegionConfigFile(options.regionsFile);
  const wanted = config.regions.flatMap((region) => [
    ...region.parties.flatMap((party) =>
      PORTAL_ROLES.map((role) => ({ partyId: party.id, regionId: region.id, role, email: portalUserEmail(party.id, role), group: groupName(role, party.id) })),
    ),
    { regionId: region.id, role: 'beheer' as const, email: portalUserEmail(region.id, 'beheer'), group: groupName('beheer', region.id) },
  ]);
  const cognito = cognitoAdminClient(options.endpoint);
  try {
    const previous = readPortalUsersFile(options.usersFile);
    const seeded: PortalUsersFile =
      previous && (await poolStillThere(cognito, previous)) ? previous : { ...(await createPool(cognito)), password: LOCAL_PASSWORD, users: [] };
    // A users file of an earlier version (no person ids, no beheerders) is made again.
    if (seeded.users.some((user) => !user.personId)) seeded.users = [];
    const have = new Set(seeded.users.map((user) => user.email));
    const missing = wanted.filter((user) => !have.has(user.email));
    const save = () => {
      mkdirSync(dirname(options.usersFile), { recursive: true });
      writeFileSync(options.usersFile, `${JSON.stringify(seeded, null, 2)}\n`, { mode: 0o600 });
    };
    if (seeded !== previous) save();
    // One at a time (cognito-local rewrites its whole JSON database on every change),
    // saved after each, so an interrupted start loses nothing it made.
    const groups = missing.length > 0 ? await existingGroups(cognito, seeded.userPoolId) : new Set<string>();
    for (const { group, ...user } of missing) {
      if (!groups.has(group)) {
        await cognito.send(new CreateGroupCommand({ UserPoolId: seeded.userPoolId, GroupName: group }));
        groups.add(group);
      }
      const made = await createPortalUser(cognito, seeded, { email: user.email, group });
      seeded.users.push({ ...user, ...made });
      save();
    }
    return seeded;
  } finally {
    cognito.destroy();
  }
}
