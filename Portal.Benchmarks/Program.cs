using Portal.Benchmarks.Circuits;
using Portal.Benchmarks.Template;

// circuits: the load tool (issue 14 item 7, issue 12's browser figures); template: the empty app it starts as a baseline.
return args switch
{
    ["template", .. var rest] => TemplateHost.Run(rest),
    ["circuits", .. var rest] => await CircuitsVerb.RunAsync(rest, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("dotnet run -c Release --project Portal.Benchmarks -- circuits [options] (see docs/performance.md)");
    return 2;
}
