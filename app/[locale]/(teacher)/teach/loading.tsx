/** While a teacher's page loads: the shape of a heading and a few cards. */
export default function TeachLoading() {
  return (
    <div aria-hidden="true" className="animate-pulse space-y-4">
      <div className="h-8 w-64 rounded bg-panel" />
      <div className="h-4 w-96 max-w-full rounded bg-panel" />
      <div className="grid gap-4 sm:grid-cols-2">
        {[0, 1, 2, 3].map((index) => (
          <div key={index} className="h-28 rounded-lg bg-panel" />
        ))}
      </div>
    </div>
  );
}
