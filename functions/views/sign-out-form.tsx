/**
 * The sign-out button for portal pages: a POST with the session's CSRF token,
 * so another site cannot sign a user out by sending them a link.
 */
export function SignOutForm(props: { csrf: string }) {
  return (
    <form class="inline-form" method="post" action="/portaal/uitloggen">
      <input type="hidden" name="csrf" value={props.csrf} />
      <button class="button button--secondary" type="submit">
        Uitloggen
      </button>
    </form>
  );
}
