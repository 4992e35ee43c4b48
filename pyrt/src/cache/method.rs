//! `obj.name(args)` sites.

use super::{Slot, Ways};
use crate::error::PyResult;
use crate::func::KwArgs;
use crate::instance::PyInstance;
use crate::stats::{self, CacheKind};
use crate::value::{Operand, Value};

/// A method found on the class for one (class version, shape) pair.
#[derive(Clone)]
enum Entry {
    Empty,
    /// Instances of this version and shape lack the name; the class has `func`.
    Function {
        version: u64,
        shape: u64,
        func: std::rc::Rc<crate::func::PyFunction>,
    },
}

/// The builtin methods a site calls directly when its receiver has the
/// right type (the name is classified once, on the first call).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direct {
    /// Not classified yet.
    Unknown,
    /// None of the methods below.
    Other,
    /// `list.append(x)`
    ListAppend,
    /// `set.add(x)`
    SetAdd,
    /// `set.remove(x)`
    SetRemove,
    /// `set.discard(x)`
    SetDiscard,
    /// `dict.get(key[, default])`
    DictGet,
    /// A method of `str`, called without dispatching on its name.
    Str(crate::methods::str_methods::StrMethod),
}

impl Direct {
    /// The direct method called `name`.
    fn classify(name: &str) -> Direct {
        match name {
            "append" => Direct::ListAppend,
            "add" => Direct::SetAdd,
            "remove" => Direct::SetRemove,
            "discard" => Direct::SetDiscard,
            "get" => Direct::DictGet,
            _ => match crate::methods::str_methods::StrMethod::from_name(name) {
                Some(method) => Direct::Str(method),
                None => Direct::Other,
            },
        }
    }
}

/// The cache of one method-call site.
pub struct MethodSite {
    name: &'static str,
    /// The builtin method this site's name is, for builtin receivers.
    direct: std::cell::Cell<Direct>,
    /// Calls on a module (`math.sqrt(x)`) read the function through this.
    module_attr: super::AttrSite,
    entries: Ways<Entry>,
}

impl MethodSite {
    /// An empty cache for method `name`.
    pub const fn new(name: &'static str) -> Self {
        MethodSite {
            name,
            direct: std::cell::Cell::new(Direct::Unknown),
            module_attr: super::AttrSite::new(name),
            entries: Ways::new([Entry::Empty, Entry::Empty, Entry::Empty, Entry::Empty]),
        }
    }

    /// `obj.name(*args, **kwargs)`, calling a cached function with `obj` as
    /// its first argument: no bound method is allocated.
    #[inline]
    pub fn call(&self, obj: &Value, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        if let Some(func) = self.cached_function(obj) {
            return func.call(Some(obj), args, kwargs);
        }
        self.call_uncached(obj, args, kwargs)
    }

    /// [`MethodSite::call`] once no cached function applies.
    #[inline]
    fn call_uncached(&self, obj: &Value, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        if let Value::Instance(instance) = obj {
            return self.call_miss(instance, args, kwargs);
        }
        if let Value::Module(_) = obj {
            let function = self.module_attr.load(obj)?;
            return crate::func::call(&function, args, kwargs);
        }
        if kwargs.is_empty() {
            if let Some(result) = self.call_direct(obj, args) {
                return result;
            }
        }
        crate::methods::call_method(obj, self.name, args, kwargs)
    }

    /// The most frequent builtin methods, called without dispatching on the
    /// name; `None` when the receiver or arguments are not the expected ones.
    #[inline(always)]
    fn call_direct(&self, obj: &Value, args: &[Value]) -> Option<PyResult<Value>> {
        match (self.direct(), obj, args) {
            (Direct::ListAppend, Value::List(list), [item]) => {
                list.append(item.clone());
                Some(Ok(Value::None))
            }
            (Direct::SetAdd, Value::Set(set), [item]) => {
                Some(set.add(item.clone()).map(|()| Value::None))
            }
            (Direct::SetRemove, Value::Set(set), [item]) => {
                Some(set.remove(item).map(|()| Value::None))
            }
            (Direct::SetDiscard, Value::Set(set), [item]) => {
                Some(set.discard(item).map(|_| Value::None))
            }
            (Direct::DictGet, Value::Dict(dict), [key]) => Some(dict.get_or(key, Value::None)),
            (Direct::DictGet, Value::Dict(dict), [key, default]) => {
                Some(dict.get_or(key, default.clone()))
            }
            (Direct::Str(method), Value::Str(s), args) => Some(
                crate::methods::str_methods::call_common(s, method, args).unwrap_or_else(|| {
                    crate::methods::str_methods::call_resolved(s, method, args, &[])
                }),
            ),
            _ => None,
        }
    }

    /// The builtin method this site's name is (classified on first use).
    #[inline(always)]
    fn direct(&self) -> Direct {
        match self.direct.get() {
            Direct::Unknown => {
                let direct = Direct::classify(self.name);
                self.direct.set(direct);
                direct
            }
            direct => direct,
        }
    }

    /// `list.append(x)` and `set.add(x)` with the argument moved in (no
    /// clone); `None` for anything else, leaving `args` as they were.
    #[inline(always)]
    fn call_direct_owned(&self, obj: &Value, args: &mut [Value]) -> Option<PyResult<Value>> {
        match (self.direct(), obj, args) {
            (Direct::ListAppend, Value::List(list), [item]) => {
                list.append(std::mem::replace(item, Value::None));
                Some(Ok(Value::None))
            }
            (Direct::SetAdd, Value::Set(set), [item]) => Some(
                set.add(std::mem::replace(item, Value::None))
                    .map(|()| Value::None),
            ),
            _ => None,
        }
    }

    /// The function recorded for `obj`'s class version and shape, with a
    /// new reference (the call may replace the entry); a hit is counted.
    /// A small leaf function: the pointer comes back in a register.
    #[inline(never)]
    fn cached_function(&self, obj: &Value) -> Option<std::rc::Rc<crate::func::PyFunction>> {
        let Value::Instance(instance) = obj else {
            return None;
        };
        let version = instance.class_ref().version.get();
        // SAFETY: `try_borrow_unguarded` fails while the attributes or the
        // entries are mutably borrowed; the shared references are used only
        // to compare keys and clone one `Rc` before returning, which runs no
        // Python code and borrows neither mutably.
        let shape = unsafe { instance.attrs.try_borrow_unguarded() }
            .ok()?
            .shape_id()?;
        let entries = unsafe { self.entries.try_borrow_unguarded() }.ok()?;
        let func = entries.iter().find_map(|entry| match entry {
            Entry::Function {
                version: v,
                shape: s,
                func,
            } if *v == version && *s == shape => Some(func.clone()),
            _ => None,
        })?;
        stats::hit(CacheKind::Method);
        Some(func)
    }

    #[cold]
    #[inline(never)]
    fn call_miss(
        &self,
        instance: &std::rc::Rc<PyInstance>,
        args: &[Value],
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        stats::miss(CacheKind::Method);
        if let Some(entry) = self.entry(instance) {
            self.entries.insert(entry, CacheKind::Method);
        }
        crate::instance::call_method(instance, self.name, args, kwargs)
    }

    /// The entry for `instance`, when the name resolves to a plain function
    /// on the class and the instance does not shadow it.
    fn entry(&self, instance: &PyInstance) -> Option<Entry> {
        let class = instance.class_ref();
        let version = class.version.get();
        if version == 0 {
            return None;
        }
        let attrs = instance.attrs.borrow();
        let shape = attrs.shape()?.id();
        if attrs.slot_of(self.name).is_some() {
            return None;
        }
        match class.lookup(self.name)? {
            Value::Function(func) => Some(Entry::Function {
                version,
                shape,
                func,
            }),
            _ => None,
        }
    }
}

impl Slot for Entry {
    fn is_empty(&self) -> bool {
        matches!(self, Entry::Empty)
    }
}

/// `obj.name(a, ...)` with positional arguments moved in: a cached
/// function with a direct entry for that many arguments gets them without a
/// clone; anything else takes [`MethodSite::call`].
macro_rules! owned_calls {
    ($($(#[$doc:meta])* $name:ident($($arg:ident),*) => $fast:ident;)*) => {
        impl MethodSite {
            $(
                $(#[$doc])*
                ///
                /// The receiver is a local (`&Value`, cloned when a function
                /// takes it) or a temporary (`Value`, moved in).
                #[inline]
                pub fn $name(&self, obj: impl Operand, $($arg: Value),*) -> PyResult<Value> {
                    // Only instances have cached functions: a builtin
                    // receiver skips the lookup's call.
                    let cached = match obj.value() {
                        Value::Instance(_) => self.cached_function(obj.value()),
                        _ => None,
                    };
                    if let Some(f) = cached {
                        if let crate::func::FastEntry::$fast(entry) = f.def.fast {
                            return entry(&f, obj.into_owned(), $($arg),*);
                        }
                        return f.call(Some(obj.value()), &[$($arg),*], &[]);
                    }
                    let mut args = [$($arg),*];
                    let result = match self.call_direct_owned(obj.value(), &mut args) {
                        Some(result) => result,
                        None => self.call_uncached(obj.value(), &args, &[]),
                    };
                    obj.release();
                    result
                }
            )*
        }
    };
}

owned_calls! {
    /// `obj.name()`
    call0() => Args1;
    /// `obj.name(a)`
    call1(a) => Args2;
    /// `obj.name(a, b)`
    call2(a, b) => Args3;
    /// `obj.name(a, b, c)`
    call3(a, b, c) => Args4;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::{Code, TEST_MODULE};
    use crate::func::{FunctionDef, Signature};

    fn no_kwargs() -> KwArgs<'static> {
        &[]
    }

    #[test]
    fn direct_methods_act_like_the_named_methods() {
        let list = Value::list(vec![]);
        let append = MethodSite::new("append");
        append.call(&list, &[Value::Int(1)], no_kwargs()).unwrap();
        append.call(&list, &[Value::Int(2)], no_kwargs()).unwrap();
        assert_eq!(crate::repr::repr(&list).unwrap(), "[1, 2]");

        let set = crate::builtins::construct(crate::types::TypeId::Set, &[], no_kwargs()).unwrap();
        let (add, remove) = (MethodSite::new("add"), MethodSite::new("remove"));
        add.call(&set, &[Value::Int(5)], no_kwargs()).unwrap();
        remove.call(&set, &[Value::Int(5)], no_kwargs()).unwrap();
        let Err(missing) = remove.call(&set, &[Value::Int(5)], no_kwargs()) else {
            panic!("remove of a missing element succeeded");
        };
        assert_eq!(missing.kind(), crate::error::ExcKind::KeyError);

        let get = MethodSite::new("get");
        let dict = Value::Dict(std::rc::Rc::new(crate::dict::PyDict::new()));
        assert!(matches!(
            get.call(&dict, &[Value::Int(1)], no_kwargs()),
            Ok(Value::None)
        ));
        let default = get.call(&dict, &[Value::Int(1)], no_kwargs());
        assert!(matches!(default, Ok(Value::None)));
        assert!(matches!(
            get.call(&dict, &[Value::Int(1), Value::Int(7)], no_kwargs()),
            Ok(Value::Int(7))
        ));
    }

    #[test]
    fn a_direct_name_on_another_receiver_takes_the_generic_path() {
        // `add` on a list is not set.add: the generic path raises AttributeError.
        let list = Value::list(vec![]);
        let add = MethodSite::new("add");
        let Err(err) = add.call(&list, &[Value::Int(1)], no_kwargs()) else {
            panic!("list.add succeeded");
        };
        assert_eq!(err.kind(), crate::error::ExcKind::AttributeError);
        // `append` with no argument goes the generic way, to its TypeError.
        let append = MethodSite::new("append");
        assert!(append.call(&list, &[], no_kwargs()).is_err());
    }

    static DEF: FunctionDef = FunctionDef {
        code: Code {
            name: "m",
            module: &TEST_MODULE,
        },
        qualname: "C.m",
        doc: None,
        signature: Signature::simple(&["self"]),
        entry: |_, args, _| Ok(Value::Int(args.len() as i64)),
        fast: crate::func::FastEntry::None,
    };

    #[test]
    fn a_cached_function_is_returned_with_its_own_reference() {
        crate::sync::mark_python_thread();
        let func = crate::func::PyFunction::from_def(&DEF, Vec::new());
        let Value::Function(f) = &func else {
            panic!("not a function")
        };
        let mut namespace = crate::class::Namespace::default();
        namespace.insert("m".to_string(), func.clone());
        let class = crate::class::new_class("C", "C", "__main__", &[], namespace, None, &[])
            .expect("a plain class");
        let obj = Value::Instance(PyInstance::new(class));
        let site = MethodSite::new("m");
        assert!(site.cached_function(&obj).is_none(), "nothing recorded yet");
        // The miss records the function; the hit calls it with the receiver.
        for _ in 0..2 {
            assert!(matches!(site.call0(&obj), Ok(Value::Int(1))));
        }
        let base = std::rc::Rc::strong_count(f);
        let cached = site.cached_function(&obj).expect("recorded");
        assert!(std::rc::Rc::ptr_eq(&cached, f));
        assert_eq!(std::rc::Rc::strong_count(f), base + 1);
        drop(cached);
        // Under a writer of the instance's attributes the site stays away.
        let Value::Instance(i) = &obj else {
            unreachable!()
        };
        let _writer = i.attrs.borrow_mut();
        assert!(site.cached_function(&obj).is_none());
    }
}
