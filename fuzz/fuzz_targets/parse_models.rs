//! Every model parser on arbitrary text, and the grammar agreement between the one-pass
//! walker and the owned `Value` reader: the walker skips unknown fields with a different
//! code path, so a laxer skip would accept text that is not JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use periskope_wasm::json::Value;
use periskope_wasm::model::{self, Chat, Message, Ticket, TicketInfo, TicketList};
use periskope_wasm::schema::{validate_text, Shape};
use periskope_wasm::ErrorKind;
use periskope_wasm_fuzz::{check_error, options_from, split};

fuzz_target!(|data: &[u8]| {
    let Some((byte, text)) = split(data) else { return };
    let options = options_from(byte);
    let shapes = [&model::TICKET_INFO, &model::TICKET, &model::TICKET_LIST, &model::CHAT, &model::MESSAGE];
    let grammar = Value::parse(text, options.max_depth);
    for shape in shapes {
        match validate_text(text, &Shape::Object(shape), &options) {
            Ok(_) => assert!(grammar.is_ok(), "{} accepted text Value rejects: {:?}", shape.name, grammar),
            Err(error) => {
                check_error(text, &error);
                if let Err(value_error) = &grammar {
                    // Both readers must fail at the same place for the same reason.
                    assert_eq!(error.kind, value_error.kind, "{} vs Value", shape.name);
                    assert_eq!(error.position, value_error.position, "{} vs Value", shape.name);
                } else {
                    assert_ne!(error.kind, ErrorKind::Syntax, "{} refused valid JSON: {error:?}", shape.name);
                }
            }
        }
    }
    // The typed native path (walker, then serde) must also end in a value or a clean error.
    let typed = match byte >> 5 {
        0 => model::parse::<TicketInfo>(text, &options).map(drop),
        1 => model::parse::<Ticket>(text, &options).map(drop),
        2 => model::parse::<TicketList>(text, &options).map(drop),
        3 => model::parse::<Chat>(text, &options).map(drop),
        _ => model::parse::<Message>(text, &options).map(drop),
    };
    if let Err(error) = typed {
        check_error(text, &error);
    }
});
