//! `struct`: `pack`, `unpack`, `unpack_from`, `iter_unpack` and `calcsize`
//! for the format codes ordinary programs use (`x c b B ? h H i I l L q Q n N
//! f d s`), native (`@`, with alignment) and standard (`= < > !`) modes, with
//! CPython's `struct.error` messages.

use super::exception::ModuleException;
use crate::error::{raise, PyResult};
use crate::func::{no_kwargs, BuiltinFunction, KwArgs};
use crate::value::Value;

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "pack",
        call: pack,
    },
    BuiltinFunction {
        name: "unpack",
        call: unpack,
    },
    BuiltinFunction {
        name: "unpack_from",
        call: unpack_from,
    },
    BuiltinFunction {
        name: "iter_unpack",
        call: iter_unpack,
    },
    BuiltinFunction {
        name: "calcsize",
        call: calcsize,
    },
];

thread_local! {
    /// `struct.error`.
    static ERROR: ModuleException = const { ModuleException::new("error", "struct", crate::ExcKind::Exception) };
}

/// The module's attributes.
pub fn attributes() -> Vec<(&'static str, Value)> {
    let mut names: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect();
    names.extend(ERROR.with(ModuleException::attribute));
    names
}

/// `struct.error(message)` as an exception to raise.
fn error(message: impl Into<String>) -> crate::PyErr {
    ERROR.with(|e| e.error(message.into(), &[]))
}

/// One field of a format: `count` items (or bytes, for `s`) of `code`.
#[derive(Clone, Copy)]
struct Field {
    code: char,
    count: usize,
}

/// A parsed format string.
struct Format {
    native: bool,
    little: bool,
    fields: Vec<Field>,
}

impl Format {
    fn parse(text: &str) -> PyResult<Format> {
        let mut chars = text.chars().peekable();
        let (native, little) = match chars.peek() {
            Some('@') => {
                chars.next();
                (true, cfg!(target_endian = "little"))
            }
            Some('=') => {
                chars.next();
                (false, cfg!(target_endian = "little"))
            }
            Some('<') => {
                chars.next();
                (false, true)
            }
            Some('>' | '!') => {
                chars.next();
                (false, false)
            }
            _ => (true, cfg!(target_endian = "little")),
        };
        let mut fields = Vec::new();
        while let Some(c) = chars.next() {
            if c.is_whitespace() {
                continue;
            }
            let mut count = None;
            let mut code = c;
            if c.is_ascii_digit() {
                let mut n = c.to_digit(10).unwrap_or(0) as usize;
                loop {
                    match chars.next() {
                        Some(d) if d.is_ascii_digit() => {
                            n = n
                                .checked_mul(10)
                                .and_then(|n| n.checked_add(d.to_digit(10).unwrap_or(0) as usize))
                                .ok_or_else(|| error("total struct size too long"))?;
                        }
                        Some(other) => {
                            code = other;
                            break;
                        }
                        None => return Err(error("repeat count given without format specifier")),
                    }
                }
                count = Some(n);
            }
            if !"xcbB?hHiIlLqQnNfds".contains(code) || (!native && "nN".contains(code)) {
                return Err(error("bad char in struct format"));
            }
            fields.push(Field {
                code,
                count: count.unwrap_or(1),
            });
        }
        Ok(Format {
            native,
            little,
            fields,
        })
    }

    /// The size of one item of `code`.
    fn size(&self, code: char) -> usize {
        match code {
            'x' | 'c' | 'b' | 'B' | '?' | 's' => 1,
            'h' | 'H' => 2,
            'i' | 'I' | 'f' => 4,
            'l' | 'L' if !self.native => 4,
            _ => 8,
        }
    }

    /// Byte offsets: the total size, and each field's start.
    fn layout(&self) -> (usize, Vec<usize>) {
        let mut offset: usize = 0;
        let mut starts = Vec::new();
        for field in &self.fields {
            let size = self.size(field.code);
            if self.native && size > 1 {
                offset = offset.div_ceil(size) * size;
            }
            starts.push(offset);
            offset += if field.code == 's' {
                field.count
            } else {
                size * field.count
            };
        }
        (offset, starts)
    }

    /// How many values `pack` takes and `unpack` gives.
    fn items(&self) -> usize {
        self.fields
            .iter()
            .map(|f| match f.code {
                'x' => 0,
                's' => 1,
                _ => f.count,
            })
            .sum()
    }
}

fn format_arg(args: &[Value], function: &str) -> PyResult<Format> {
    match args.first() {
        Some(Value::Str(s)) => Format::parse(s.as_str()),
        Some(Value::Bytes(b)) => Format::parse(&String::from_utf8_lossy(&b.data)),
        Some(other) => Err(raise::type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            other.type_name()
        ))),
        None => Err(raise::type_error(format!(
            "{function}() missing required argument 'format' (pos 1)"
        ))),
    }
}

/// `struct.calcsize(format)`
fn calcsize(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("calcsize", kwargs)?;
    let format = format_arg(args, "calcsize")?;
    Ok(Value::Int(format.layout().0 as i64))
}

/// `struct.pack(format, *values)`
fn pack(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("pack", kwargs)?;
    let format = format_arg(args, "pack")?;
    let values = &args[1..];
    if values.len() != format.items() {
        return Err(error(format!(
            "pack expected {} items for packing (got {})",
            format.items(),
            values.len()
        )));
    }
    let (size, starts) = format.layout();
    let mut out = vec![0u8; size];
    let mut values = values.iter();
    for (field, start) in format.fields.iter().zip(starts) {
        if field.code == 'x' {
            continue;
        }
        if field.code == 's' {
            let Some(Value::Bytes(b)) = values.next() else {
                return Err(error("argument for 's' must be a bytes object"));
            };
            let n = b.data.len().min(field.count);
            out[start..start + n].copy_from_slice(&b.data[..n]);
            continue;
        }
        let size = format.size(field.code);
        for i in 0..field.count {
            let value = values.next().unwrap_or(&Value::None);
            let bytes = pack_one(&format, field.code, value)?;
            let at = start + i * size;
            out[at..at + size].copy_from_slice(&bytes);
        }
    }
    Ok(crate::bytes::PyBytes::value(out))
}

fn pack_one(format: &Format, code: char, value: &Value) -> PyResult<Vec<u8>> {
    let size = format.size(code);
    let order = |bytes: Vec<u8>| -> Vec<u8> {
        if format.little {
            bytes
        } else {
            bytes.into_iter().rev().collect()
        }
    };
    match code {
        'c' => match value {
            Value::Bytes(b) if b.data.len() == 1 => Ok(b.data.to_vec()),
            _ => Err(error("char format requires a bytes object of length 1")),
        },
        '?' => Ok(vec![u8::from(crate::object::truthy(value)?)]),
        'f' | 'd' => {
            let x = match value {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => f64::from(u8::from(*b)),
                _ => return Err(error("required argument is not a float")),
            };
            Ok(order(if code == 'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            }))
        }
        _ => {
            let n: i128 = match value {
                Value::Int(i) => i128::from(*i),
                Value::Bool(b) => i128::from(*b),
                Value::BigInt(b) => {
                    i128::try_from(&**b).map_err(|_| error("argument out of range"))?
                }
                _ => return Err(error("required argument is not an integer")),
            };
            let signed = code.is_ascii_lowercase();
            let bits = size as u32 * 8;
            let (min, max) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if n < min || n > max {
                let message = match code {
                    'b' => format!("byte format requires {min} <= number <= {max}"),
                    'B' => format!("ubyte format requires {min} <= number <= {max}"),
                    'h' => format!("short format requires {min} <= number <= {max}"),
                    'H' => format!("ushort format requires {min} <= number <= {max}"),
                    _ if size == 4 => {
                        format!("'{code}' format requires {min} <= number <= {max}")
                    }
                    _ => "argument out of range".to_string(),
                };
                return Err(error(message));
            }
            Ok(order(n.to_le_bytes()[..size].to_vec()))
        }
    }
}

/// `struct.unpack(format, buffer)`
fn unpack(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("unpack", kwargs)?;
    let format = format_arg(args, "unpack")?;
    let data = buffer_arg(args.get(1))?;
    let size = format.layout().0;
    if data.len() != size {
        return Err(error(format!("unpack requires a buffer of {size} bytes")));
    }
    unpack_at(&format, &data, 0)
}

/// `struct.unpack_from(format, buffer, offset=0)`
fn unpack_from(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let format = format_arg(args, "unpack_from")?;
    let data = buffer_arg(args.get(1))?;
    let offset = match (args.get(2), kwargs.iter().find(|(k, _)| *k == "offset")) {
        (Some(Value::Int(i)), _) | (None, Some((_, Value::Int(i)))) => *i,
        _ => 0,
    };
    let size = format.layout().0;
    let offset = if offset < 0 {
        data.len() as i64 + offset
    } else {
        offset
    };
    if offset < 0 || offset as usize + size > data.len() {
        return Err(error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {})",
            size + offset.max(0) as usize,
            data.len()
        )));
    }
    unpack_at(&format, &data, offset as usize)
}

/// `struct.iter_unpack(format, buffer)`: the tuples, one per record.
fn iter_unpack(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("iter_unpack", kwargs)?;
    let format = format_arg(args, "iter_unpack")?;
    let data = buffer_arg(args.get(1))?;
    let size = format.layout().0;
    if size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % size != 0 {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {size} bytes"
        )));
    }
    let records = (0..data.len() / size)
        .map(|i| unpack_at(&format, &data, i * size))
        .collect::<PyResult<Vec<_>>>()?;
    crate::iter::PyIter::new(&Value::list(records))
}

fn buffer_arg(value: Option<&Value>) -> PyResult<Vec<u8>> {
    match value {
        Some(Value::Bytes(b)) => Ok(b.data.to_vec()),
        Some(other) => Err(raise::type_error(format!(
            "a bytes-like object is required, not '{}'",
            other.type_name()
        ))),
        None => Err(raise::type_error("unpack expected 2 arguments, got 1")),
    }
}

fn unpack_at(format: &Format, data: &[u8], base: usize) -> PyResult<Value> {
    let (_, starts) = format.layout();
    let mut out = Vec::new();
    for (field, start) in format.fields.iter().zip(starts) {
        let start = base + start;
        match field.code {
            'x' => {}
            's' => out.push(crate::bytes::PyBytes::value(
                data[start..start + field.count].to_vec(),
            )),
            code => {
                let size = format.size(code);
                for i in 0..field.count {
                    let at = start + i * size;
                    out.push(unpack_one(format, code, &data[at..at + size]));
                }
            }
        }
    }
    Ok(Value::tuple(out))
}

fn unpack_one(format: &Format, code: char, bytes: &[u8]) -> Value {
    let mut le = bytes.to_vec();
    if !format.little {
        le.reverse();
    }
    match code {
        'c' => crate::bytes::PyBytes::value(le),
        '?' => Value::Bool(le[0] != 0),
        'f' => Value::Float(f64::from(f32::from_le_bytes([le[0], le[1], le[2], le[3]]))),
        'd' => {
            let mut b = [0u8; 8];
            b.copy_from_slice(&le);
            Value::Float(f64::from_le_bytes(b))
        }
        _ => {
            let signed = code.is_ascii_lowercase();
            let mut wide = [0u8; 16];
            wide[..le.len()].copy_from_slice(&le);
            let negative = signed && le.last().is_some_and(|b| b & 0x80 != 0);
            if negative {
                for b in &mut wide[le.len()..] {
                    *b = 0xff;
                }
            }
            let n = i128::from_le_bytes(wide);
            match i64::try_from(n) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(num_bigint::BigInt::from(n)),
            }
        }
    }
}
