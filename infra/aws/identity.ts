import { Duration, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import { AccountRecovery, CfnUserPoolGroup, FeaturePlan, Mfa, StandardThreatProtectionMode, UserPool } from 'aws-cdk-lib/aws-cognito';
import designatedHolidaysJson from '#config/designated-holidays.json';
import regionsJson from '#config/regions.json';
import { parseDesignatedHolidays } from '#adapters/region-config-file';
import { groupName, portalGroups } from '#adapters/portal-groups';
import { parseRegionConfig } from '#core/region-config';
import { pascalCase, SERVICE_NAME } from './naming';

/** What the portal functions are told about the identity provider. */
export type PortalIdentityEnvironment = Record<'COGNITO_USER_POOL_ID' | 'COGNITO_CLIENT_ID' | 'COGNITO_ISSUER', string>;

/** The portal's Cognito user pool, its app client and one group per party and role. */
export function createIdentity(stack: Stack): { userPool: UserPool; portalIdentityEnvironment: PortalIdentityEnvironment } {
  // Contact persons and FGs sign in with e-mail address, password and a TOTP code.
  // Accounts are made by an administrator (no self sign-up); the groups
  // contact:<partyId> and fg:<partyId> decide what a user may see.
  const userPool = new UserPool(stack, 'PortalUsers', {
    userPoolName: `${SERVICE_NAME}-portaal`,
    selfSignUpEnabled: false,
    signInAliases: { email: true },
    signInCaseSensitive: false,
    autoVerify: { email: true },
    mfa: Mfa.REQUIRED,
    // An authenticator app only: SMS codes can be intercepted (SIM swap).
    mfaSecondFactor: { otp: true, sms: false },
    passwordPolicy: {
      minLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireDigits: true,
      requireSymbols: true,
      tempPasswordValidity: Duration.days(3),
    },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    // Plus: blocks sign-ins with leaked passwords and risky sign-ins (threat
    // protection, enforced). Billed per monthly active user; the portal has
    // two accounts per party, so this costs little for accounts that can read
    // requests about children.
    featurePlan: FeaturePlan.PLUS,
    standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const portalClient = userPool.addClient('PortalClient', {
    userPoolClientName: 'portaal',
    // No client secret: it would only stop others from calling the sign-in API
    // directly, which gives them nothing the public sign-in page does not.
    generateSecret: false,
    authFlows: { userPassword: true },
    disableOAuth: true,
    preventUserExistenceErrors: true,
    enableTokenRevocation: true,
    // The ID token is the session cookie: one hour, then sign in again.
    idTokenValidity: Duration.hours(1),
    accessTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.hours(12),
    // The password step's session must outlive the 5-minute sign-in state cookie.
    authSessionValidity: Duration.minutes(5),
  });
  // The functions trust the bundled configuration: a broken file must stop the synth, not a Lambda.
  parseDesignatedHolidays(designatedHolidaysJson, 'config/designated-holidays.json');
  const config = parseRegionConfig(regionsJson, 'config/regions.json');
  const partyIds = config.regions.flatMap((region) => region.parties.map((party) => party.id));
  for (const group of portalGroups([...new Set(partyIds)])) {
    new CfnUserPoolGroup(stack, `Group${pascalCase(group.role)}${pascalCase(group.partyId)}`, {
      userPoolId: userPool.userPoolId,
      groupName: group.name,
      description: group.role === 'fg' ? `FG (functionaris gegevensbescherming) of ${group.partyId}` : `Contact person of ${group.partyId}`,
    });
  }
  // Parties added on the beheer pages get their groups from there (adapters/identity-admin.ts).
  for (const region of config.regions) {
    new CfnUserPoolGroup(stack, `GroupBeheer${pascalCase(region.id)}`, {
      userPoolId: userPool.userPoolId,
      groupName: groupName('beheer', region.id),
      description: `Beheerder of region ${region.id}`,
    });
  }
  const portalIdentityEnvironment = {
    COGNITO_USER_POOL_ID: userPool.userPoolId,
    COGNITO_CLIENT_ID: portalClient.userPoolClientId,
    // The `iss` of its tokens. (The pool's ProviderURL attribute lacks the https:// scheme.)
    COGNITO_ISSUER: `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${userPool.userPoolId}`,
  };
  return { userPool, portalIdentityEnvironment };
}
