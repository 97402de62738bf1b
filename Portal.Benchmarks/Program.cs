using Portal.Benchmarks.All;
using Portal.Benchmarks.Circuits;
using Portal.Benchmarks.Template;

// all or figure names: issue 12's table in one run (All/); circuits: the load tool (issue 14 item 7, issue 12's browser
// figures); template: the empty app it starts as a baseline.
return args switch
{
    ["template", .. var rest] => TemplateHost.Run(rest),
    ["circuits", .. var rest] => await CircuitsVerb.RunAsync(rest, Console.Out),
    [_, ..] => await AllOptions.RunAsync(args, Console.Out, o => AllVerb.RunAsync(o, Console.Out)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("dotnet run -c Release --project Portal.Benchmarks -- " + AllOptions.Usage);
    Console.Error.WriteLine("dotnet run -c Release --project Portal.Benchmarks -- circuits [options] (see docs/performance.md)");
    return 2;
}
