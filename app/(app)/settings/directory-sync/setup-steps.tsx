/** What to paste where, in each identity provider's own words. */
export function SetupSteps() {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="setup-entra" className="rounded-lg border p-4">
        <h3 id="setup-entra" className="mb-2 font-medium">
          Microsoft Entra ID
        </h3>
        <ol className="grid list-decimal gap-1.5 pl-5 text-sm text-muted-foreground">
          <li>Enterprise applications → your Rollcall app → Provisioning → set Provisioning Mode to Automatic.</li>
          <li>
            <span className="font-medium text-foreground">Tenant URL</span>: the SCIM base URL above.
          </li>
          <li>
            <span className="font-medium text-foreground">Secret Token</span>: a SCIM token from below. Select Test Connection, then Save.
          </li>
          <li>The default attribute mappings work as they are; add employeeId → employeeNumber if you map an employee number.</li>
          <li>Assign users or groups to the app and turn Provisioning Status on.</li>
        </ol>
      </section>
      <section aria-labelledby="setup-okta" className="rounded-lg border p-4">
        <h3 id="setup-okta" className="mb-2 font-medium">
          Okta
        </h3>
        <ol className="grid list-decimal gap-1.5 pl-5 text-sm text-muted-foreground">
          <li>Your SCIM app → Provisioning → Integration → Configure API Integration.</li>
          <li>
            <span className="font-medium text-foreground">SCIM connector base URL</span>: the SCIM base URL above.
          </li>
          <li>
            <span className="font-medium text-foreground">Unique identifier field for users</span>: <code className="text-xs">userName</code>.
          </li>
          <li>
            <span className="font-medium text-foreground">Authentication Mode</span>: HTTP Header, with a SCIM token from below as the token.
          </li>
          <li>Under To App, enable Create Users, Update User Attributes and Deactivate Users.</li>
        </ol>
      </section>
    </div>
  );
}
