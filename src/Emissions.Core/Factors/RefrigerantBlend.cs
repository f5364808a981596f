namespace Emissions.Factors;

/// <summary>A refrigerant blend by mass composition; its GWP is computed from the components, never typed in.</summary>
public sealed record RefrigerantBlend(string Id, string Name, IReadOnlyList<BlendComponent> Components, VerificationStatus Verification, string Source, Edition Edition);
