using System.Globalization;
using System.Resources;
using Portal.Data.Dossiers;
using Portal.Data.Rounds;
using Portal.Workflows.Texts;

namespace Portal.Workflows.Dossiers;

/// <summary>
/// Every human text of the dossier workflow, read from Texts/WorkflowLabels.resx (Vietnamese) and .en.resx under keys
/// "State.X", "Trigger.X", "Guard.X", "Record.X", "Chain.X": a third language is one more resource file. The
/// Vietnamese guard labels are also the guard descriptions the machine is built with, so they appear in the Mermaid
/// diagram: keep them free of ':' ';' '[' ']' and distinct from each other (refusals are mapped back from them).
/// </summary>
public static class DossierLabels
{
    private static readonly ResourceText Labels = new(new ResourceManager("Portal.Workflows.Texts.WorkflowLabels", typeof(DossierLabels).Assembly));
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>In the reader's language (the current UI culture).</summary>
    public static string Of(DossierState state) => Labels.Get("State." + state);
    public static string Of(DossierTrigger trigger) => Labels.Get("Trigger." + trigger);
    public static string Of(DossierGuard guard) => Labels.Get("Guard." + guard);
    public static string Of(DossierRecord record) => Labels.Get("Record." + record);
    public static string Of(ApprovalChain chain) => Labels.Get("Chain." + chain);

    /// <summary>In a given language (a report written for its reader).</summary>
    public static string In(CultureInfo language, DossierState state) => Labels.In(language, "State." + state);
    public static string In(CultureInfo language, DossierTrigger trigger) => Labels.In(language, "Trigger." + trigger);

    public static string Vi(DossierState state) => Labels.Vi("State." + state);
    public static string En(DossierState state) => Labels.In(English, "State." + state);
    public static string Vi(DossierTrigger trigger) => Labels.Vi("Trigger." + trigger);
    public static string En(DossierTrigger trigger) => Labels.In(English, "Trigger." + trigger);
    public static string Vi(DossierGuard guard) => Labels.Vi("Guard." + guard);
    public static string En(DossierGuard guard) => Labels.In(English, "Guard." + guard);
    public static string Vi(ApprovalChain chain) => Labels.Vi("Chain." + chain);
    public static string En(ApprovalChain chain) => Labels.In(English, "Chain." + chain);
    public static string Vi(DossierRecord record) => Labels.Vi("Record." + record);
    public static string En(DossierRecord record) => Labels.In(English, "Record." + record);

    // Refusal sentences in the given language; WorkflowCheck fills them in.
    internal static string RoleRefused(DossierTrigger trigger, CultureInfo language) =>
        Labels.In(language, "Refusal.Role", Labels.In(language, "Trigger." + trigger));

    internal static string WrongState(DossierTrigger trigger, DossierState state, CultureInfo language) =>
        Labels.In(language, "Refusal.WrongState", Labels.In(language, "Trigger." + trigger), Labels.In(language, "State." + state));

    internal static string GuardUnmet(DossierGuard guard, CultureInfo language) =>
        Labels.In(language, "Refusal.GuardUnmet", Labels.In(language, "Guard." + guard));

    /// <summary>Whether every label of the workflow has its resource (checked by a test, so a new state cannot go unnamed).</summary>
    public static IEnumerable<string> MissingKeys() =>
        Enum.GetNames<DossierState>().Select(n => "State." + n).Concat(Enum.GetNames<DossierTrigger>().Select(n => "Trigger." + n))
            .Concat(Enum.GetNames<DossierGuard>().Select(n => "Guard." + n)).Concat(Enum.GetNames<DossierRecord>().Select(n => "Record." + n))
            .Concat(Enum.GetNames<ApprovalChain>().Select(n => "Chain." + n)).Where(k => !Labels.Exists(k));
}
