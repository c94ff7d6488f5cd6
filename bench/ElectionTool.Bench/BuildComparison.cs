using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

/// <summary>
/// `-- --compare A/ElectionTool.Draw.dll B/ElectionTool.Draw.dll [--runs 100]`: two builds of the engine in one process,
/// their draws of the same 8-unit district alternating (A B, then B A, ...), so both meet the same state of a shared
/// machine. Prints each build's median and least CPU per draw and the median of B/A over the pairs: the figure to
/// compare a change by when separate runs of the bench swing by more than the change itself. Both builds must give the
/// same final hash (checked before timing).
/// </summary>
internal static class BuildComparison
{
    public static void Run(string a, string b, int rounds)
    {
        var builds = new[] { EngineBuild.Load(a, "A"), EngineBuild.Load(b, "B") };
        foreach (var build in builds)
        {
            // Warm: the tiered JIT settles on each build's own copy of the code.
            for (var i = 0; i < 60; i++)
            {
                build.Draw();
            }
        }

        if (builds[0].FinalHash() != builds[1].FinalHash())
        {
            Console.WriteLine($"The builds draw differently: A {builds[0].FinalHash()}, B {builds[1].FinalHash()}. Nothing timed.");
            return;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var times = new[] { new List<double>(), new List<double>() };
        for (var round = 0; round < rounds; round++)
        {
            for (var turn = 0; turn < 2; turn++)
            {
                var side = round % 2 == 0 ? turn : 1 - turn;
                times[side].Add(Baselines.Cpu(() => builds[side].Draw()).Ms);
            }
        }

        Console.WriteLine($"Same final hash {builds[0].FinalHash()}; CPU ms per draw (all three stages, 8 units, 60,000 people), {rounds} draws each, alternating:");
        for (var side = 0; side < 2; side++)
        {
            var sorted = times[side].Order().ToList();
            Console.WriteLine($"  {"AB"[side]} {builds[side].Path}: median {sorted[sorted.Count / 2]:N1}, least {sorted[0]:N1}");
        }

        var ratios = times[1].Zip(times[0], (tb, ta) => tb / ta).Order().ToList();
        Console.WriteLine($"  B/A over the pairs: median {ratios[rounds / 2]:N3} (quartiles {ratios[rounds / 4]:N3}–{ratios[3 * rounds / 4]:N3})");
    }

    /// <summary>One build of the engine in its own load context, driven by reflection (its types are its own).</summary>
    private sealed class EngineBuild
    {
        private object input = null!;
        private MethodInfo one = null!, two = null!, three = null!;
        private object? lastStageThree;

        public string Path { get; private init; } = "";

        public static EngineBuild Load(string dll, string name)
        {
            var engine = new AssemblyLoadContext(name).LoadFromAssemblyPath(System.IO.Path.GetFullPath(dll));
            Type TypeOf(string type) => engine.GetType("ElectionTool.Draw." + type, throwOnError: true)!;
            var shapeType = TypeOf("Synthetic.DistrictShape");
            var shape = Activator.CreateInstance(shapeType)!;
            // The bench's 1× district with 8 units (Program.Shape).
            foreach (var (property, value) in new (string, object)[]
            {
                ("Employees", 60_000), ("Offices", 2_000), ("Departments", 40), ("Units", 8), ("Stations", 3_000),
                ("WomenManagedShare", 0.05), ("FourthOfficerShare", 0.2), ("NoSameDepartment", true),
                ("WomenRule", Enum.Parse(TypeOf("WomenRule"), "NoneOrAtLeastTwo")), ("ReservePercent", 20),
            })
            {
                shapeType.GetProperty(property)!.SetValue(shape, value);
            }

            MethodInfo Run(string stage, int parameters) =>
                TypeOf(stage).GetMethods().Single(m => m.Name == "Run" && m.GetParameters().Length == parameters);
            return new EngineBuild
            {
                Path = dll,
                input = TypeOf("Synthetic.SyntheticDistrict").GetMethod("Create", [shapeType, typeof(ulong)])!.Invoke(null, [shape, 42UL])!,
                one = Run("DrawStageOne", 3),
                two = Run("DrawStageTwo", 4),
                three = Run("DrawStageThree", 4),
            };
        }

        public object Draw()
        {
            var stageOne = one.Invoke(null, [input, "493817", null]);
            var stageTwo = two.Invoke(null, [input, stageOne, "250611", null]);
            return lastStageThree = three.Invoke(null, [input, stageTwo, "771204", null])!;
        }

        public string FinalHash() => (string)lastStageThree!.GetType().GetProperty("OutputHash")!.GetValue(lastStageThree)!;
    }
}
