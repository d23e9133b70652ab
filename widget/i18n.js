// The chat page's own words (the assistant's replies come from the server in the same language).
const WORDS = {
  en: {
    title: "Chat with {business}",
    titlePlain: "Chat",
    close: "Close chat",
    call: "Call",
    callLabel: "Call {business} at {phone}",
    message: "Your message",
    placeholder: "Type your message…",
    send: "Send",
    you: "You",
    assistant: "Assistant",
    owner: "{business}",
    typing: "Typing…",
    quick: "Quick replies",
    booked: "You're booked",
    bookedZone: "Time shown in {zone}",
    emergencyCall: "Call now",
    limited: "We're getting a lot of messages right now. Please call us at {phone}.",
    expired: "Your earlier chat ended after a while without messages. Here is a new one.",
    failed: "That didn't go through. Please try again.",
    unavailable: "Chat isn't available on this page.",
    tooLong: "Please keep messages under {max} characters.",
    conversation: "Conversation"
  },
  es: {
    title: "Chat con {business}",
    titlePlain: "Chat",
    close: "Cerrar chat",
    call: "Llamar",
    callLabel: "Llamar a {business} al {phone}",
    message: "Su mensaje",
    placeholder: "Escriba su mensaje…",
    send: "Enviar",
    you: "Usted",
    assistant: "Asistente",
    owner: "{business}",
    typing: "Escribiendo…",
    quick: "Respuestas rápidas",
    booked: "Su cita está reservada",
    bookedZone: "Hora de {zone}",
    emergencyCall: "Llamar ahora",
    limited: "Estamos recibiendo muchos mensajes. Llámenos al {phone}.",
    expired: "Su chat anterior terminó por inactividad. Aquí tiene uno nuevo.",
    failed: "No se pudo enviar. Inténtelo de nuevo.",
    unavailable: "El chat no está disponible en esta página.",
    tooLong: "Escriba menos de {max} caracteres por mensaje.",
    conversation: "Conversación"
  }
};

export function languageFor(requested, browser) {
  if (requested === "en" || requested === "es") return requested;
  return (browser || "en").slice(0, 2).toLowerCase() === "es" ? "es" : "en";
}

export function translator(language) {
  const words = WORDS[language] || WORDS.en;
  return (key, values = {}) =>
    (words[key] || WORDS.en[key] || key).replace(/\{(\w+)\}/g, (_, name) =>
      name in values ? String(values[name]) : ""
    );
}
