var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// Placeholder until the service issue lands: the process is up.
app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));

app.Run();

public partial class Program;
