namespace Portal.Web.Localization;

/// <summary>Marker for the portal's texts: Texts.resx (Vietnamese, the default) and Texts.en.resx (English).</summary>
public sealed class Texts;
