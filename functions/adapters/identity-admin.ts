import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  GetGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { IdentityAdmin } from '#application/ports';
import type { Environment } from './environment';

/**
 * The beheer pages' calls to the user pool: Cognito in AWS, cognito-local
 * locally (docs/portal.md lists what cognito-local does not do). The pool sends
 * no message of its own (MessageAction SUPPRESS): the invitation is our mail,
 * in the region's name, through the outbox.
 */
export function cognitoIdentityAdmin(env: Pick<Environment, 'AWS_REGION' | 'COGNITO_ENDPOINT' | 'COGNITO_USER_POOL_ID'>): IdentityAdmin {
  const cognito = new CognitoIdentityProviderClient({
    region: env.AWS_REGION,
    ...(env.COGNITO_ENDPOINT ? { endpoint: env.COGNITO_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 2,
  });
  const UserPoolId = env.COGNITO_USER_POOL_ID;
  if (!UserPoolId) throw new Error('COGNITO_USER_POOL_ID is not set: the beheer pages need the user pool');
  const errorName = (error: unknown) => (error as { name?: string }).name;
  return {
    async createUser({ email, temporaryPassword, group }) {
      // A party added on the beheer pages has no group yet. (CreateGroup in cognito-local would
      // replace an existing group with its members, so it is asked first.)
      try {
        await cognito.send(new GetGroupCommand({ UserPoolId, GroupName: group }));
      } catch (error) {
        if (errorName(error) !== 'ResourceNotFoundException') throw error;
        await cognito.send(new CreateGroupCommand({ UserPoolId, GroupName: group }));
      }
      let created;
      try {
        created = await cognito.send(
          new AdminCreateUserCommand({
            UserPoolId,
            Username: email,
            MessageAction: 'SUPPRESS',
            TemporaryPassword: temporaryPassword,
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
            ],
          }),
        );
      } catch (error) {
        if (errorName(error) === 'UsernameExistsException') return { outcome: 'exists' };
        throw error;
      }
      const personId = created.User?.Attributes?.find((attribute) => attribute.Name === 'sub')?.Value;
      if (!personId) throw new Error('the user pool returned no subject id for the new user');
      await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: email, GroupName: group }));
      return { outcome: 'created', personId };
    },
    async disable(email) {
      await cognito.send(new AdminDisableUserCommand({ UserPoolId, Username: email }));
    },
    async enable(email) {
      await cognito.send(new AdminEnableUserCommand({ UserPoolId, Username: email }));
    },
    async remove(email) {
      try {
        await cognito.send(new AdminDeleteUserCommand({ UserPoolId, Username: email }));
      } catch (error) {
        if (errorName(error) !== 'UserNotFoundException') throw error;
      }
    },
  };
}
