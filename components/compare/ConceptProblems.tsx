/** What is wrong with data/concepts.json, named line by line, instead of a comparison that might mislead. */
export function ConceptProblems({ problems }: { problems: string[] }) {
  return (
    <div className="panel error-panel" role="alert">
      <h1>The comparisons could not be built</h1>
      <ul>
        {problems.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
