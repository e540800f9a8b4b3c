/**
 * The link's own parameters as hidden fields. The language and consent screens are GET forms,
 * so when the server drew them and the app's JavaScript has not arrived yet, submitting still
 * works: the browser navigates, and the server draws the next screen.
 */
export function LinkParams({ params }: { params: [string, string][] }) {
  return (
    <>
      {params.map(([name, value]) => <input key={`${name}=${value}`} type="hidden" name={name} value={value} />)}
    </>
  );
}
